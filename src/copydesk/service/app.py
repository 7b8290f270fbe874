"""The JSON API and web page over one SQLite store (FastAPI; OpenAPI schema at /openapi.json,
browsable at /docs). Read-only: nothing here writes to the store except the one-time
back-fill of its search index."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field

from copydesk import store
from copydesk.errors import OutputError
from copydesk.service.guard import Guard, Limits
from copydesk.service.reading import reading_blocks

STATIC = Path(__file__).parent / "static"
_TEXT = 200  # longest filter value


class SearchRequest(BaseModel):
    """A search: free text (all words must match) and filters; empty text lists newest first."""

    model_config = ConfigDict(extra="forbid")

    q: str = Field("", max_length=500, description="Words to find (all must match).")
    site: str | None = Field(None, max_length=_TEXT)
    language: str | None = Field(None, max_length=16)
    date_from: date | None = Field(None, description="Published on or after (UTC).")
    date_to: date | None = Field(None, description="Published on or before (UTC).")
    entity: str | None = Field(None, max_length=_TEXT, description="Entity name or canonical form.")
    speaker: str | None = Field(None, max_length=_TEXT, description="Quoted speaker.")
    event_type: str | None = Field(None, max_length=64)
    pair: str | None = Field(None, max_length=32, pattern=r"^[A-Za-z]{2,8}[-,|][A-Za-z]{2,8}$",
                             description="Country pair of an event, e.g. DE-FR (either direction).")
    unique: bool = Field(False, description="Hide records that duplicate another.")
    limit: int = Field(20, ge=1, le=100)
    offset: int = Field(0, ge=0, le=10_000)

    def filters(self) -> store.Filters:
        return store.Filters(
            site=self.site or None, language=self.language or None,
            date_from=datetime.combine(self.date_from, time.min) if self.date_from else None,
            date_to=datetime.combine(self.date_to, time.max) if self.date_to else None,
            entity=self.entity or None, speaker=self.speaker or None,
            event_type=self.event_type or None, country_pair=store.parse_pair(self.pair),
            unique=self.unique,
        )


class Hit(BaseModel):
    id: str
    title: str | None
    site: str | None
    published: str | None
    snippet: str = Field(description="Matched terms are wrapped in U+E000 … U+E001.")
    score: float
    language: str | None
    duplicate_of: str | None


class SearchResult(BaseModel):
    total: int
    offset: int
    limit: int
    hits: list[Hit]


class FacetValue(BaseModel):
    value: str
    count: int


class ArticleView(BaseModel):
    record: dict[str, Any] = Field(description="The stored record (docs/schema.md).")
    reading: list[dict[str, Any]] = Field(description="Body lines in order, annotated (docs/serve.md).")


Search = Annotated[SearchRequest, Query()]
ArticleId = Annotated[str, PathParam(max_length=100, pattern=r"^[\w.-]+$")]
Top = Annotated[int, Query(ge=1, le=50, description="Values per facet / rows per aggregate.")]


def create_app(store_path: Path, limits: Limits | None = None,
               allowed_hosts: frozenset[str] | None = None) -> Any:
    """The ASGI app: FastAPI routes wrapped in the size/header guard."""
    app = FastAPI(title="copydesk", version="1", docs_url=None, redoc_url=None,
                  description="Search and read a copydesk store.")
    app.state.store = Path(store_path)
    _routes(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(OutputError, _store_error)
    app.add_exception_handler(ValueError, _bad_value)
    return Guard(app, limits or Limits(), allowed_hosts)


def _routes(app: FastAPI) -> None:
    @app.get("/api/search", response_model=SearchResult, tags=["search"])
    def search_get(request: Request, params: Search) -> dict[str, Any]:
        """Full-text search with filters, bm25-ranked, paginated."""
        return _search(request, params)

    @app.post("/api/search", response_model=SearchResult, tags=["search"])
    def search_post(request: Request, params: SearchRequest) -> dict[str, Any]:
        """The same search with a JSON body."""
        return _search(request, params)

    @app.get("/api/articles/{article_id}", response_model=ArticleView, tags=["articles"])
    def article(request: Request, article_id: ArticleId) -> dict[str, Any]:
        """One stored record and its annotated reading view."""
        found = store.get(request.app.state.store, article_id)
        if found is None:
            raise HTTPException(404, f"no article with id {article_id}")
        return {"record": found.to_dict(), "reading": reading_blocks(found)}

    @app.get("/api/facets", response_model=dict[str, list[FacetValue]], tags=["search"])
    def facets(request: Request, params: Search, top: Top = 10) -> dict[str, Any]:
        """Counts of matching articles per site, language, entity, speaker, event type, pair, month."""
        return store.facets(request.app.state.store, params.q, params.filters(), top)

    @app.get("/api/aggregates", tags=["plots"])
    def aggregates(request: Request, params: Search, top: Top = 10) -> dict[str, Any]:
        """Events per country pair per month, most-quoted speakers, junk share by site."""
        return store.aggregates(request.app.state.store, params.q, params.filters(), top)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html")


def _search(request: Request, params: SearchRequest) -> dict[str, Any]:
    page = store.query(request.app.state.store, params.q, params.filters(), params.limit, params.offset)
    return {"total": page.total, "offset": params.offset, "limit": params.limit,
            "hits": [h.to_dict() for h in page.hits]}


async def _store_error(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(exc)}, status_code=503)


async def _bad_value(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse({"detail": str(exc)[:300]}, status_code=422)
