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
 * a design from: {@code mvn quire:theme}. Files already there are kept, never overwritten.
 */
@Mojo(name = "theme", requiresProject = false, threadSafe = true)
public class ThemeMojo extends AbstractMojo {
    /** Where the theme is copied; the same folder quire:build reads overrides from. */
    @Parameter(property = "quire.templatesDirectory", defaultValue = "${project.basedir}/templates")
    File templatesDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        ThemeExport.Result result = Failures.io(() -> ThemeExport.copyTo(templatesDirectory.toPath()),
                "cannot copy the theme into " + templatesDirectory + " (templatesDirectory)");
        for (Path copied : result.copied()) {
            getLog().info("Copied " + copied);
        }
        for (Path kept : result.kept()) {
            getLog().info("Kept your " + kept + " (not overwritten)");
        }
        getLog().info(result.copied().size() + " theme files copied, " + result.kept().size() + " kept");
    }
}
