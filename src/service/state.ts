/**
 * What the process knows about itself at run time: whether start-up finished
 * (the service user is known) and whether it is shutting down. Shared by the
 * HTTP readiness probe, the webhook route and the worker.
 */
export class ServiceState {
  /** The service's own Zendesk user id, from GET /api/v2/users/me. */
  serviceUserId: string | undefined;
  startupDone = false;
  shuttingDown = false;

  markStarted(serviceUserId: string | undefined): void {
    this.serviceUserId = serviceUserId;
    this.startupDone = true;
  }
}
