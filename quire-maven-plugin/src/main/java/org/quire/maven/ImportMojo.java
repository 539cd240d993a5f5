package org.quire.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.quire.batch.ArchiveLimits;
import org.quire.batch.FoundFile;
import org.quire.batch.ImportResult;
import org.quire.batch.ImportRunner;
import org.quire.importer.NoteSettings;

/**
 * {@code mvn quire:import -Dquire.importFrom=archive.zip}: writes every story found in
 * {@code importFrom} (plain text, HTML and AO3 downloads, EPUB, DOCX, Markdown; folders and
 * archives searched) as Quire source into {@code storiesDirectory}, never overwriting a story
 * unless {@code quire.force} is set, and writes {@code quire-import.json} there.
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {
    /** The files, folders or archives to import, comma-separated. */
    @Parameter(property = "quire.importFrom", required = true)
    List<File> importFrom;

    /** Where the stories are written. */
    @Parameter(property = "quire.storiesDirectory", defaultValue = "${project.basedir}/stories", required = true)
    File storiesDirectory;

    /**
     * How author's notes are found in plain-text stories: guess, edges (first and last paragraphs)
     * or none, for every story, followed by {@code file=mode} entries for single stories:
     * {@code guess,seed.txt=edges}.
     */
    @Parameter(property = "quire.notes", defaultValue = "guess")
    String notes = "guess";

    /** Replace stories already in {@code storiesDirectory}. */
    @Parameter(property = "quire.force", defaultValue = "false")
    boolean force;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        NoteSettings mode = Failures.settings(() -> NoteSettings.parse(notes));
        ImportResult result = Failures.io(() -> new ImportRunner(mode, force, ArchiveLimits.DEFAULT)
                        .run(importFrom.stream().map(File::toPath).toList(), storiesDirectory.toPath()),
                "cannot import " + importFrom + " into " + storiesDirectory);
        for (ImportResult.Entry entry : result.stories()) {
            entry.warnings().forEach(w -> getLog().warn(w.toString()));
            entry.errors().forEach(e -> getLog().error(e.toString()));
            switch (entry.status()) {
                case IMPORTED -> getLog().info(entry.shown() + ": imported from " + entry.format() + " as "
                        + entry.written() + " (" + org.quire.batch.Plural.of(entry.chapters(), "chapter") + ", "
                        + org.quire.batch.Plural.of(entry.words(), "word") + ")");
                case COPIED -> getLog().info(entry.shown() + ": already Quire source, copied to " + entry.written());
                case EXISTS -> getLog().error(entry.shown() + ": a story of that name is already there (quire.force replaces it)");
                case FAILED -> getLog().error(entry.shown() + ": failed");
            }
        }
        for (FoundFile file : result.files()) {
            if (!file.role().equals(FoundFile.STORY)) {
                getLog().info(file.shown() + ": " + (file.role().equals(FoundFile.SKIPPED) ? "skipped, " : "") + file.what());
            }
        }
        result.refused().forEach(r -> getLog().error(r.toString()));
        if (!result.ok()) {
            throw new MojoFailureException("Some files could not be imported; see above and "
                    + storiesDirectory.toPath().resolve("quire-import.json"));
        }
    }
}
