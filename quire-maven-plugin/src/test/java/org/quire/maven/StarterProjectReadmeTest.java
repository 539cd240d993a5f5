package org.quire.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's starter pom.xml is the one the invoker IT (src/it/starter-project) builds: a
 * writer who copies it gets a project that is known to build.
 */
class StarterProjectReadmeTest {
    @Test
    void theReadmeShowsExactlyThePomTheStarterProjectBuilds() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        Matcher section = Pattern.compile("(?s)## Use Quire in your own book project.*?```xml\\n(.*?)\\n```").matcher(readme);
        assertThat(section.find()).as("the README's starter section with its pom.xml").isTrue();
        String tested = Files.readString(Path.of("src", "it", "starter-project", "pom.xml"), StandardCharsets.UTF_8)
                .replace("@project.version@", org.quire.render.Version.get());
        assertThat(section.group(1).strip()).isEqualTo(tested.strip());
    }
}
