import { definePageGates } from './gates-pages';

definePageGates(1, 2);
