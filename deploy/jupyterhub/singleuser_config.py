"""A candidate's server under JupyterHub: Voila (the app) + the interview API, hub identity."""

c = get_config()  # type: ignore[name-defined]  # noqa: F821 - Jupyter's config loader

c.ServerApp.jpserver_extensions = {"voila.server_extension": True, "interview_kernel.api": True}
c.ServerApp.default_url = "/voila/render/interview.ipynb"
c.VoilaConfiguration.template = "interview"
c.VoilaConfiguration.theme = "light"
c.VoilaConfiguration.show_tracebacks = False
c.MappingKernelManager.cull_idle_timeout = 600
c.MappingKernelManager.cull_interval = 60
