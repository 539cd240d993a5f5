package org.quire.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.TaskContext;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction2;

/**
 * The task Spark runs on an executor for one partition: builds its stories one after another
 * (Spark runs one task per core) and returns what became of each.
 */
final class BuildPartition extends AbstractFunction2<TaskContext, Iterator<List<StoryTask>>, List<StoryOutcome>>
        implements Serializable {
    private static final long serialVersionUID = 1L;
    private final JobSpec job;

    BuildPartition(JobSpec job) {
        this.job = job;
    }

    @Override
    public List<StoryOutcome> apply(TaskContext context, Iterator<List<StoryTask>> partition) {
        StoryBuilder builder = new StoryBuilder(job, context.stageId() + "-" + context.partitionId() + "-"
                + context.attemptNumber());
        List<StoryOutcome> outcomes = new ArrayList<>();
        while (partition.hasNext()) {
            for (StoryTask task : partition.next()) {
                outcomes.add(builder.build(task));
            }
        }
        return outcomes;
    }
}
