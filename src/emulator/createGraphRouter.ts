import { Router } from './Router';
import { registerPlannerRoutes } from './routes/plannerRoutes';
import { registerUserRoutes } from './routes/userRoutes';
import { registerMailRoutes } from './routes/mailRoutes';

/** Every Graph v1.0 route the emulator answers. */
export function createGraphRouter(): Router {
  const router = new Router();
  registerUserRoutes(router);
  registerPlannerRoutes(router);
  registerMailRoutes(router);
  return router;
}
