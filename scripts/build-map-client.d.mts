export declare const MAP_CLIENT_DIR: string;
export declare function buildMapClient(options?: { minify?: boolean }): string;
