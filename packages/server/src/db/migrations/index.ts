import { InitialSchema1764140000000 } from './1764140000000-initial-schema';

/** Every migration, oldest first. The schema changes only through these. */
export const migrations = [InitialSchema1764140000000];
