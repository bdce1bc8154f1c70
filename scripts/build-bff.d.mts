export declare const BFF_NODE_ARGS: string[];
export declare function buildBff(): Promise<void>;
export declare function ensureBffBuild(): Promise<void>;
