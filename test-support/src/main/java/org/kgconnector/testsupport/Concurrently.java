package org.kgconnector.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Sends calls at the same time, as the marketplace's retries and duplicates may arrive. */
public final class Concurrently {

    private Concurrently() {
    }

    /** Runs {@code count} calls on as many threads and returns their answers in call order. */
    public static List<Answer> call(int count, IntFunction<Answer> call) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<Answer>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> call.apply(index));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
