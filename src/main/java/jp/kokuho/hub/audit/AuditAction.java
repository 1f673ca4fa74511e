package jp.kokuho.hub.audit;

/**
 * What the audit trail records: every action that changes the hub's state, and refused logins. The name is stored
 * as it is ({@code audit_log.action}); add a constant here for a new kind of action.
 */
public enum AuditAction {
    /** a job run started by a person (POST /api/jobs/{job}); target: job and its parameter */
    JOB_STARTED,
    /** 職権修正 (income-class override) added; target: override id and the ids it names */
    OVERRIDE_ADDED,
    /** 職権修正 removed; target: override id */
    OVERRIDE_REMOVED,
    /** a file taken in again on an operator's request (POST /api/files/{id}/retry); target: receipt id and file name */
    FILE_RETRIED,
    /** a route stopped (Hawtio or Jolokia); target: route id */
    ROUTE_STOPPED,
    /** a route started */
    ROUTE_STARTED,
    /** a route suspended */
    ROUTE_SUSPENDED,
    /** a route resumed */
    ROUTE_RESUMED,
    /** a user locked out after repeated failed logins; target: the user */
    LOGIN_LOCKED,
    /** a login refused because the user is locked out; target: the user */
    LOGIN_REFUSED_LOCKED
}
