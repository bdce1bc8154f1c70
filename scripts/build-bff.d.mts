export declare const BFF_BUNDLE: string;
export declare function buildBff(): Promise<void>;
export declare function ensureBffBuild(): Promise<void>;
