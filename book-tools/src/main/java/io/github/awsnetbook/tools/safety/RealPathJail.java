package io.github.awsnetbook.tools.safety;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;
import org.asciidoctor.jruby.internal.JRubyRuntimeContext;

/**
 * Makes Asciidoctor's jail follow symbolic links. In SAFE mode Asciidoctor keeps includes, docinfo
 * files and embedded images inside the base folder (the repository) by comparing path strings, so a
 * link named like a chapter and pointing at {@code /etc/passwd} passes and the file is published.
 * With this extension every path Asciidoctor resolves inside the jail is also resolved to its real
 * path ({@code File.realpath}), which must lie inside the jail's real path. An include that leads
 * out is an error at the include's file and line, naming the link and its target, and is not read;
 * any other such path is an error naming both, and resolves to nothing. A link whose target is
 * inside the repository (a shared partial) is read as before. An include of a file that is being
 * included (a file that includes itself, directly or through others) is an error at its line and is
 * not read: twice in one file, it would be read 2^64 times.
 */
public final class RealPathJail implements ExtensionRegistry {

  static final String JAIL_SCRIPT =
      """
      module AwsNetBookRealPaths
        ADVICE = 'the build reads only files inside the repository: put the file itself here, or link to a file inside the repository'

        # The real path of path if it exists and lies outside the real path of jail, else nil.
        def self.outside path, jail
          return nil unless ::File.exist? path
          real = ::File.realpath path
          real_jail = ::File.realpath jail
          (real == real_jail || (real.start_with? real_jail.chomp('/') + '/')) ? nil : real
        end
      end

      module AwsNetBookRealPathJail
        def system_path target, start = nil, jail = nil, opts = {}
          resolved = super
          # Includes are checked where their line is known (below).
          return resolved if jail.nil? || opts[:target_name] == 'include file'
          if (real = AwsNetBookRealPaths.outside resolved, jail)
            logger.error %(#{opts[:target_name] || 'path'} #{resolved} leads through a symbolic link to #{real}, outside the repository; #{AwsNetBookRealPaths::ADVICE})
            return ::File.join jail, '.outside-the-repository'
          end
          resolved
        end
      end

      module AwsNetBookRealPathInclude
        def resolve_include_path target, attrlist, attributes
          resolved = super
          return resolved unless ::Array === resolved && resolved[1] == :file
          # A file that includes itself is read again at each level up to the include depth limit;
          # twice in one file, that is 2^64 reads (found by the build's fuzz test): refused.
          open_files = (@include_stack.map {|context| context[1] }) + [@file, @document.attributes['docfile']]
          if open_files.compact.any? {|file| (::File.expand_path file) == (::File.expand_path resolved[0]) }
            logger.error message_with_context %(include file #{resolved[0]} includes itself, directly or through the files that include it; remove this include (a file that includes itself is read again and again)), source_location: cursor
            return replace_next_line %(Unresolved directive in #{@path} - include::#{target}[#{attrlist}])
          end
          return resolved unless @document.safe >= ::Asciidoctor::SafeMode::SAFE
          if (real = AwsNetBookRealPaths.outside resolved[0], @document.base_dir)
            logger.error message_with_context %(include file #{resolved[0]} is a symbolic link to #{real}, outside the repository; #{AwsNetBookRealPaths::ADVICE}), source_location: cursor
            return replace_next_line %(Unresolved directive in #{@path} - include::#{target}[#{attrlist}])
          end
          resolved
        end
      end

      unless ::Asciidoctor::PathResolver.ancestors.include? AwsNetBookRealPathJail
        ::Asciidoctor::PathResolver.prepend AwsNetBookRealPathJail
        ::Asciidoctor::PreprocessorReader.prepend AwsNetBookRealPathInclude
      end
      """;

  @Override
  public void register(Asciidoctor asciidoctor) {
    JRubyRuntimeContext.get(asciidoctor).evalScriptlet(JAIL_SCRIPT);
  }
}
