// The Excel chunk (chunk-xlsx.js): exceljs (its browser build), for the library's Excel reader
// (src/document/readers/xlsx.ts) and the .xlsx export, loaded when an .xlsx arrives or is asked for.
import ExcelJS from 'exceljs';
import { provide } from '../provided.js';

provide('exceljs', ExcelJS);
