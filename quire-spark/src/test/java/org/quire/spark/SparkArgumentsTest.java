package org.quire.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkArgumentsTest {

    @Test
    void takesTheCommandLinesBuildOptionsAndStampsTheDriversClock() throws Exception {
        SparkArguments a = SparkArguments.parse(List.of("build", "in", "hdfs://nn/archive", "-o", "s3a://books/out",
                "--formats", "pdf,epub,pdf", "--trim", "6x9in", "--templates", "t", "--no-cover", "--notes",
                "edges,seed.txt=none", "--force", "--jobs", "3", "--partitions", "40"), Map.of("SOURCE_DATE_EPOCH", "1764460800"));
        assertThat(a.inputs()).containsExactly("in", "hdfs://nn/archive");
        assertThat(a.output()).isEqualTo("s3a://books/out");
        assertThat(a.options()).isEqualTo(new BuildOptions(List.of("pdf", "epub"), 1764460800L, "6x9in", List.of("t"),
                false, "edges,seed.txt=none"));
        assertThat(a.force()).isTrue();
        assertThat(a.embeddedMaster()).isEqualTo("local[3]");
        assertThat(a.partitions()).isEqualTo(40);
    }

    @Test
    void allCoresByDefault() throws Exception {
        SparkArguments a = SparkArguments.parse(List.of("build", "in", "--output", "out"), Map.of());
        assertThat(a.embeddedMaster()).isEqualTo("local[*]");
        assertThat(a.options().formats()).containsExactly("epub", "pdf");
    }

    @Test
    void saysWhatIsWrong() {
        assertThatThrownBy(() -> SparkArguments.parse(List.of("build", "in"), Map.of())).hasMessageContaining("--output");
        assertThatThrownBy(() -> SparkArguments.parse(List.of("import", "in"), Map.of())).hasMessageContaining("unknown command");
        assertThatThrownBy(() -> SparkArguments.parse(List.of("build", "in", "-o", "x", "--trim", "huge"), Map.of()))
                .isInstanceOf(SparkArguments.UsageException.class);
        assertThatThrownBy(() -> SparkArguments.parse(List.of("build", "in", "-o", "x", "--partitions", "0"), Map.of()))
                .hasMessageContaining("at least 1");
    }

    @Test
    void localPathsAndFileUrisAreReadInPlaceOtherSchemesThroughHadoop() {
        assertThat(Locations.local("stories/a.md")).contains(Path.of("stories/a.md"));
        assertThat(Locations.local("file:///tmp/in%20one")).contains(Path.of("/tmp/in one"));
        assertThat(Locations.local("file:/tmp/in")).contains(Path.of("/tmp/in"));
        assertThat(Locations.local("hdfs://nn:8020/archive")).isEmpty();
        assertThat(Locations.local("s3a://bucket/works")).isEmpty();
        assertThat(Locations.child("s3a://bucket/works/", "a/b.md")).isEqualTo("s3a://bucket/works/a/b.md");
        assertThat(Locations.child("s3a://bucket/works", "")).isEqualTo("s3a://bucket/works");
    }
}
