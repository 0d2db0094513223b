/** The server bundle's first module: sizes the heap before anything else allocates. */
import { tuneHeap } from './heap';

tuneHeap();
