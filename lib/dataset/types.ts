/**
 * The dataset's types in one place for runtime code (card, panel, recognizer). Type-only
 * re-exports: importing from here never pulls zod into a bundle.
 */
export type { Alias, Lang, LocalNames, SourceRef } from './schema-common';
export type { Group, Mineral, PolicyTerm } from './schema-entries';
export type {
  FiguresFile,
  ImportRelianceFigure,
  MineralFigures,
  Producer,
  ProductionFigure,
  UsgsRowRef,
} from './schema-figures';
export type {
  Concentration,
  MexicoImports,
  MexicoTable,
  Place,
  PriceSeries,
  Reserves,
  StoryFigures,
} from './schema-story';
export type { ListDef, ListItem } from './schema-lists';
export type {
  ChinaShare,
  EntriesFile,
  Entry,
  GroupEntry,
  Membership,
  MineralEntry,
  PolicyEntry,
} from './schema-output';
export type { Meta, Source } from './schema-sources';
export type { Category, MineralCategory, PolicyKind } from './categories';
export type { MatchAlias, MatchIndex, MatchTerm } from '../recognize/match-index';
