import type { Handler } from './EmuRequest';

interface Route {
  method: string;
  pattern: string;
  segments: string[];
  handler: Handler;
}

export interface RouteMatch {
  route: string;
  handler: Handler;
  params: Record<string, string>;
}

/** Literal segments win over `{param}` segments, so `/me/events` never matches `/users/{id}/...` style routes wrongly. */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler): this {
    this.routes.push({ method: method.toUpperCase(), pattern, segments: pattern.split('/').filter(Boolean), handler });
    return this;
  }

  /** `allowed` lists the methods of routes that match the path, for a 405. */
  match(method: string, path: string): RouteMatch | { allowed: string[] } {
    const segs = path.split('/').filter(Boolean).map(safeDecode);
    let best: { route: Route; params: Record<string, string>; score: number } | null = null;
    const allowed = new Set<string>();
    for (const route of this.routes) {
      if (route.segments.length !== segs.length) continue;
      const params: Record<string, string> = {};
      let score = 0;
      let ok = true;
      for (let i = 0; i < segs.length && ok; i++) {
        const want = route.segments[i]!;
        const got = segs[i]!;
        if (want.startsWith('{') && want.endsWith('}')) params[want.slice(1, -1)] = got;
        else if (want.toLowerCase() === got.toLowerCase()) score++;
        else ok = false;
      }
      if (!ok) continue;
      allowed.add(route.method);
      if (route.method !== method.toUpperCase()) continue;
      if (!best || score > best.score) best = { route, params, score };
    }
    if (!best) return { allowed: [...allowed] };
    return { route: `${best.route.method} ${best.route.pattern}`, handler: best.route.handler, params: best.params };
  }
}

/** Ids may arrive percent-encoded (`19%3Ameeting_...%40thread.v2`); a bad escape is kept verbatim. */
function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
