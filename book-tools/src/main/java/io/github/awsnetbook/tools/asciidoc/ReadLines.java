package io.github.awsnetbook.tools.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;

/**
 * Records the lines Asciidoctor's preprocessor hands to its parser, each with its file and line,
 * for a document that asks for it (the attribute {@link #ATTRIBUTE}, set by {@link SourceModel}):
 * includes resolved, conditionals evaluated, directive lines and skipped branches left out, as
 * Asciidoctor itself reads them. Checks that need the lines of a section (its fingerprint) take
 * them from here instead of reading the files a second way.
 */
public final class ReadLines implements ExtensionRegistry {

  /** The document attribute that turns the recording on. */
  static final String ATTRIBUTE = "book-model-lines";

  /** The document's instance variable that holds "line\u0000file\u0000text" entries. */
  static final String VARIABLE = "@awsnetbook_lines";

  static final String RECORDER_SCRIPT =
      """
      module AwsNetBookReadLines
        def process_line line
          result = super
          if result && @document && (@document.attributes.key? 'book-model-lines') && !@document.nested?
            (@document.instance_variable_get(:@awsnetbook_lines) || @document.instance_variable_set(:@awsnetbook_lines, [])) << %(#{@lineno}\\0#{@file}\\0#{result})
          end
          result
        end
      end
      unless ::Asciidoctor::PreprocessorReader.ancestors.include? AwsNetBookReadLines
        ::Asciidoctor::PreprocessorReader.prepend AwsNetBookReadLines
      end
      """;

  @Override
  public void register(Asciidoctor asciidoctor) {
    JRubyRuntimeContext.get(asciidoctor).evalScriptlet(RECORDER_SCRIPT);
  }
}
