//! The integration test binary: one binary, one module per area.

mod bad_inputs;
mod browser;
mod common;
mod corpus;
mod determinism;
mod events;
mod export;
mod gazetteer_spellings;
mod given_names;
mod import;
mod locations;
mod organizations;
mod persons;
mod pipeline;
mod properties;
mod regressions;
mod segment;
mod shared_gold;
mod temporal;
mod wordnet_gazetteers;
