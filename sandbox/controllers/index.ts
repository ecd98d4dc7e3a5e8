// The controllers, in the order they run after every write (like kind's ordered create steps).

import type { Controller } from './types.js';

export const CONTROLLERS: Controller[] = [];
