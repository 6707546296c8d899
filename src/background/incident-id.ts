/** Random, unguessable incident ids (they appear in the troubleshooter's URL). */
export const newIncidentId = (): string => crypto.randomUUID();
