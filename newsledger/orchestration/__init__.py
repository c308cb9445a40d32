"""Running loads: start-up (Prefect's API, the model warm-up), the Prefect tasks of a load,
where extraction runs (this process, local processes, Dask) and serving a schedule."""
