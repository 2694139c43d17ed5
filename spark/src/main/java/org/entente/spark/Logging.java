package org.entente.spark;

/**
 * Logging of a run started by this jar rather than by spark-submit: Spark's log at warning level
 * and above, on stderr, so that the progress line and the summary are what a user sees.
 *
 * @since 0.1
 */
final class Logging {
    /** The log4j 2 configuration of a local run, on the class path. */
    static final String LOCAL_CONFIGURATION = "org/entente/spark/log4j2-local.properties";

    private Logging() {
    }

    /**
     * Points log4j at {@link #LOCAL_CONFIGURATION} unless the user named a configuration. Has an
     * effect only before Spark first logs: under spark-submit the cluster's configuration stays.
     */
    static void quietLocalRun() {
        if (System.getProperty("log4j2.configurationFile") == null && System.getProperty("log4j.configurationFile") == null) {
            System.setProperty("log4j2.configurationFile", LOCAL_CONFIGURATION);
        }
    }
}
