export declare const STRICT_TRANSPORT_SECURITY: 'max-age=31536000';
export declare function isHttpsAddress(authUrl: string | undefined): boolean;
