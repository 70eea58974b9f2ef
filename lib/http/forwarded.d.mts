export declare const CLIENT_ADDRESS_HEADER: 'x-blue-lights-client';
export declare function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string;
export declare function parseTrustedHops(value: string | undefined): number;
