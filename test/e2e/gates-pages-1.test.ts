import { definePageGates } from './gates-pages';

definePageGates(0, 2);
