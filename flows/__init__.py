"""The Prefect flows and deployments of newsledger, thin over the library (installed as
`newsledger_flows`): `load` (one load of files, dumps, URLs and feeds), `retry` (a rejected
batch validated again) and `serve` (the load flow as a scheduled deployment)."""
