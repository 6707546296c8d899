// A step is defined with its id, once: the id's literal type feeds StepId (steps/index.ts).
import type { StepDefinition } from './types';

export const defineStep = <const Id extends string>(definition: StepDefinition<Id>): StepDefinition<Id> => definition;
