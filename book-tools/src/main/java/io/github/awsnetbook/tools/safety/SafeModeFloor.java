package io.github.awsnetbook.tools.safety;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;

/**
 * Raises the safe mode of every document loaded by an Asciidoctor instance to at least SAFE.
 *
 * <p>The plugin gives no way to choose the safe mode, and the mode is read by Asciidoctor's
 * document constructor before any extension point sees the document, so the constructor is the one
 * place where a floor cannot be bypassed. Nested documents (AsciiDoc table cells) inherit the mode
 * of their parent and are left alone.
 */
public final class SafeModeFloor implements ExtensionRegistry {

  static final String FLOOR_SCRIPT =
      """
      module AwsNetBookSafeModeFloor
        def initialize data = nil, options = {}
          unless options[:parent]
            requested = options[:safe]
            level = if ::Integer === requested
              requested
            elsif requested.nil?
              ::Asciidoctor::SafeMode::SECURE
            else
              (::Asciidoctor::SafeMode.value_for_name requested.to_s) rescue ::Asciidoctor::SafeMode::SECURE
            end
            if level < ::Asciidoctor::SafeMode::SAFE
              options = options.merge safe: ::Asciidoctor::SafeMode::SAFE
            end
          end
          super data, options
        end
      end
      unless ::Asciidoctor::Document.ancestors.include? AwsNetBookSafeModeFloor
        ::Asciidoctor::Document.prepend AwsNetBookSafeModeFloor
      end
      """;

  @Override
  public void register(Asciidoctor asciidoctor) {
    JRubyRuntimeContext.get(asciidoctor).evalScriptlet(FLOOR_SCRIPT);
  }
}
