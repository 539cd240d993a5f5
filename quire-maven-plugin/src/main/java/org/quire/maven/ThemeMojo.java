package org.quire.maven;

import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.quire.render.ThemeExport;

/**
 * Copies the built-in theme's templates and stylesheets into {@code templatesDirectory} to start
 * a design from: {@code mvn quire:theme}, or only some of them:
 * {@code mvn quire:theme -Dquire.theme.files=cover.ftlx,cover.css}. Files already there are kept,
 * never overwritten.
 */
@Mojo(name = "theme", requiresProject = false, threadSafe = true)
public class ThemeMojo extends AbstractMojo {
    /** Where the theme is copied; the same folder quire:build reads overrides from. */
    @Parameter(property = "quire.templatesDirectory", defaultValue = "${project.basedir}/templates")
    File templatesDirectory;

    /**
     * Only these files of the theme, such as {@code cover.ftlx,cover.css}; all of them when empty.
     * Copy only what you change: the files you leave to Quire keep getting its fixes.
     */
    @Parameter(property = "quire.theme.files")
    java.util.List<String> files;

    @Override
    public void execute() throws MojoExecutionException {
        java.util.List<String> names = files == null ? java.util.List.of()
                : files.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        ThemeExport.Result result;
        try {
            result = Failures.io(() -> ThemeExport.copyTo(templatesDirectory.toPath(), names),
                    "cannot copy the theme into " + templatesDirectory + " (templatesDirectory)");
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (quire.theme.files)");
        }
        for (Path copied : result.copied()) {
            getLog().info("Copied " + copied);
        }
        for (Path kept : result.kept()) {
            getLog().info("Kept your " + kept + " (not overwritten)");
        }
        getLog().info(result.copied().size() + " theme files copied, " + result.kept().size() + " kept");
    }
}
