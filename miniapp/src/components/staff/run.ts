/** Runs a staff action, showing the server's refusal instead of throwing; every staff page shares it. */
export type Run = <T>(action: () => Promise<T>) => Promise<T | null>
