export declare const PLUMBING_PIECES: readonly ['fast-lane', 'page-cache', 'scripts-after-map', 'route-compression'];
export declare function plumbingOff(piece: (typeof PLUMBING_PIECES)[number]): boolean;
