import { Router } from './Router';
import { registerChatRoutes } from './routes/chatRoutes';
import { registerEventRoutes } from './routes/eventRoutes';
import { registerGroupRoutes } from './routes/groupRoutes';
import { registerMailRoutes } from './routes/mailRoutes';
import { registerPlannerRoutes } from './routes/plannerRoutes';
import { registerScheduleRoutes } from './routes/scheduleRoutes';
import { registerServiceRoutes } from './routes/serviceRoutes';
import { registerTodoRoutes } from './routes/todoRoutes';
import { registerUserRoutes } from './routes/userRoutes';

/** Every Graph v1.0 route the emulator answers. */
export function createGraphRouter(): Router {
  const router = new Router();
  registerUserRoutes(router);
  registerPlannerRoutes(router);
  registerGroupRoutes(router);
  registerEventRoutes(router);
  registerScheduleRoutes(router);
  registerChatRoutes(router);
  registerMailRoutes(router);
  registerTodoRoutes(router);
  registerServiceRoutes(router);
  return router;
}
