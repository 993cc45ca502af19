"""The casereview web app: thin FastAPI routes over `casereview.services`.

`create_app(settings)` builds the application; `casereview serve` runs it with uvicorn.
"""

from casereview.web.app import create_app
from casereview.web.settings import WebSettings, load_settings

__all__ = ["WebSettings", "create_app", "load_settings"]
