import type { IncomingMessage, ServerResponse } from 'node:http';

export type FastAnswer = { status: number; headers: Record<string, string | string[]>; body: Uint8Array | null };
export type FastLane = (req: IncomingMessage) => FastAnswer | null | Promise<FastAnswer | null>;
export declare function fastLanes(): Map<string, FastLane>;
export declare function answerFromFastLane(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
export declare function isPlainPath(target: string | undefined): boolean;
