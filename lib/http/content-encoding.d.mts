import type { ServerResponse } from 'node:http';

export declare const CONTENT_ENCODING_HEADER: 'x-blue-lights-content-encoding';
export declare function passContentEncoding(res: ServerResponse): void;
