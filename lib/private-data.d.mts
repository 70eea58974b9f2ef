export declare function tightenDataDir(dir: string): string[];
