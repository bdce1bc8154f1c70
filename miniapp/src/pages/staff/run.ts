/** Runs a staff action, showing the server's refusal instead of throwing; the staff page's tabs share it. */
export type Run = <T>(action: () => Promise<T>) => Promise<T | null>
