package jp.kokuho.hub.jobs;

/** The job's route was stopped by an operator (Hawtio): no run starts until it is started again (answered 503). */
public class JobStoppedException extends RuntimeException {
    public JobStoppedException(String job) {
        super("job " + job + " is stopped: its route " + JobRoutes.routeId(job)
                + " was stopped by an administrator; start it again in Hawtio (Camel → Routes)");
    }
}
