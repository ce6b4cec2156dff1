/**
 * The files of the repository, read and written safely: the base every step stands on, which
 * depends on no other package of the build but {@code diagnostics}.
 *
 * <p>It owns: writing an output whole or not at all, with the modes a web server can serve ({@link
 * io.github.awsnetbook.tools.files.AtomicFiles}); reading a file only where its real path lies
 * inside the repository, and the error that names the link that leads out ({@link
 * io.github.awsnetbook.tools.files.RepositoryFiles}); parsing an XML file without DOCTYPE or
 * external entities ({@link io.github.awsnetbook.tools.files.SafeXml}); and zips whose bytes depend
 * only on their files ({@link io.github.awsnetbook.tools.files.ReproducibleZip}).
 */
package io.github.awsnetbook.tools.files;
