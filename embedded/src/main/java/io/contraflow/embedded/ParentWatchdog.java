package io.contraflow.embedded;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

/**
 * Runs another program's main class in this JVM and ends the JVM when its standard input closes: a child process
 * started with a pipe to its standard input (ProcessBuilder's default) then dies with its parent, however the parent
 * ends. A JVM killed with SIGKILL runs no shutdown hook, so without this the schema registry it started kept its port
 * (8081) after a {@code kill -9} of the demo, and the next demo quietly moved to another one.
 *
 * <p>Only the JDK is used here: the class is copied on its own next to the program it runs (see
 * {@link EmbeddedSchemaRegistry}), whose classpath must not see ours.
 */
public final class ParentWatchdog {
    private ParentWatchdog() {
    }

    /** {@code args[0]}: the main class to run; the rest: its arguments. */
    public static void main(String[] args) throws Throwable {
        Thread watch = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // the parent writes nothing; only the end of the stream matters
                }
            } catch (IOException e) {
                // a broken pipe is the parent gone too
            }
            System.err.println("contraflow: the process that started this one has ended; stopping");
            Thread halt = new Thread(() -> {
                try {
                    Thread.sleep(15_000);
                } catch (InterruptedException ignored) {
                    // exiting anyway
                }
                Runtime.getRuntime().halt(1); // shutdown hooks that hang must not keep the port
            }, "parent-watchdog-halt");
            halt.setDaemon(true);
            halt.start();
            System.exit(0);
        }, "parent-watchdog");
        watch.setDaemon(true);
        watch.start();
        Class<?> main;
        try {
            main = Class.forName(args[0]);
        } catch (ClassNotFoundException e) {
            throw new ClassNotFoundException(args[0] + " is not on the classpath " + System.getProperty("java.class.path"), e);
        }
        try {
            main.getMethod("main", String[].class).invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
