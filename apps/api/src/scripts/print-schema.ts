/** Writes apps/api/schema.graphql from the code (the web's codegen reads it; a test checks it is current). */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { printSchemaOfCode } from '../core/print-schema';

printSchemaOfCode()
  .then((sdl) => {
    const file = path.resolve(__dirname, '../../schema.graphql');
    fs.writeFileSync(file, sdl);
    console.log(`Schéma écrit : ${file}`);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
