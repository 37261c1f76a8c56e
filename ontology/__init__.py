"""The geokb ontology, SHACL shapes and JSON-LD context, installed as package data of kb."""
