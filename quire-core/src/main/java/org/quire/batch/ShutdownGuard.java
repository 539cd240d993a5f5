package org.quire.batch;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.quire.write.TemporaryFiles;

/**
 * Stops a batch cleanly when the JVM is asked to exit (Ctrl-C, {@code kill}): a shutdown hook
 * interrupts the thread running the batch, waits for it to record what finished (at most 15 s),
 * then removes every temporary file still held. The JVM then exits as the signal asks: 130 after
 * Ctrl-C (SIGINT), 143 after {@code kill} (SIGTERM).
 *
 * <pre>{@code
 * try (ShutdownGuard guard = ShutdownGuard.install()) {
 *     runner.run(inputs, output, listener); // throws BatchInterruptedException when stopped
 * }
 * }</pre>
 */
public final class ShutdownGuard implements AutoCloseable {
    private static final long WAIT_SECONDS = 15;
    private final Thread hook;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean triggered;

    private ShutdownGuard(Thread worker) {
        hook = new Thread(() -> {
            triggered = true;
            worker.interrupt();
            try {
                done.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TemporaryFiles.deleteAll();
        }, "quire-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Guards the calling thread's batch until {@link #close()}. */
    public static ShutdownGuard install() {
        return new ShutdownGuard(Thread.currentThread());
    }

    /** True once the JVM began to exit while the batch ran. */
    public boolean triggered() {
        return triggered;
    }

    /** The batch is over (and what it prints is printed): the hook may finish, or is removed. */
    @Override
    public void close() {
        done.countDown();
        if (!triggered) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is exiting already: the hook runs and finds the batch over
            }
        }
    }
}
