"""The fixed vocabularies of the essay's framework.

Identifiers only; every label and description lives, in English and Korean, in
resources/content/taxonomy.toml (loaded by ``moatdesk.domain.content``).
"""

from __future__ import annotations

from enum import StrEnum


class EssaySection(StrEnum):
    """Sections of Dempsey's "The Shifting Dynamics and Meta-Moats of AI"."""

    SPEED = "speed"  # 1. 속도
    DATA_FLYWHEEL = "data_flywheel"  # 2. 데이터 플라이휠
    SYNTHETIC_DATA = "synthetic_data"  # 3. 합성 데이터
    TIMING_TALENT = "timing_talent"  # 4. 시장 타이밍과 인재
    SPINOUTS = "spinouts"  # 5. 점진적 스핀아웃 및 인재의 세분화
    CONTRARIAN = "contrarian"  # 6. 곧 해결될 것이라는 오류와 역발상 접근 방식의 가치
    FRAMEWORK = "framework"  # 7. 업데이트된 프레임워크


# The wizard has one page per essay section 1-6; section 7 is the scoring model itself.
WIZARD_SECTIONS: tuple[EssaySection, ...] = (
    EssaySection.SPEED,
    EssaySection.DATA_FLYWHEEL,
    EssaySection.SYNTHETIC_DATA,
    EssaySection.TIMING_TALENT,
    EssaySection.SPINOUTS,
    EssaySection.CONTRARIAN,
)


class Horizon(StrEnum):
    SHORT = "short"  # 0-12 months
    MEDIUM = "medium"  # 1-3 years
    LONG = "long"  # 3+ years


class Moat(StrEnum):
    """The nine meta-moats of the essay's updated framework (section 7)."""

    FIRST_TO_MARKET = "first_to_market"
    EARLY_PMF = "early_pmf"
    SHIPPING_VELOCITY = "shipping_velocity"
    CAPITAL_COMPUTE_TALENT = "capital_compute_talent"
    TECHNICAL_EDGE = "technical_edge"
    GTM_PARTNERSHIPS = "gtm_partnerships"
    BRAND = "brand"
    DATA_ADVANTAGE = "data_advantage"
    PRODUCT_DEPTH = "product_depth"


HOME_HORIZON: dict[Moat, Horizon] = {
    Moat.FIRST_TO_MARKET: Horizon.SHORT,
    Moat.EARLY_PMF: Horizon.SHORT,
    Moat.SHIPPING_VELOCITY: Horizon.SHORT,
    Moat.CAPITAL_COMPUTE_TALENT: Horizon.MEDIUM,
    Moat.TECHNICAL_EDGE: Horizon.MEDIUM,
    Moat.GTM_PARTNERSHIPS: Horizon.MEDIUM,
    Moat.BRAND: Horizon.LONG,
    Moat.DATA_ADVANTAGE: Horizon.LONG,
    Moat.PRODUCT_DEPTH: Horizon.LONG,
}


class Bucket(StrEnum):
    """When a roadmap action should be done."""

    NEXT_QUARTER = "next_quarter"
    THIS_YEAR = "this_year"
    ONE_TO_THREE_YEARS = "one_to_three_years"
    THREE_PLUS_YEARS = "three_plus_years"


class Sector(StrEnum):
    HEALTHCARE = "healthcare"  # locked-data sector named by the essay
    BIO = "bio"  # locked-data sector named by the essay
    INDUSTRIAL = "industrial"  # locked-data sector named by the essay
    FINANCE = "finance"
    LEGAL_PROFESSIONAL = "legal_professional"
    ENTERPRISE_SOFTWARE = "enterprise_software"
    DEVTOOLS_INFRA = "devtools_infra"
    CONSUMER = "consumer"
    ROBOTICS_MOBILITY = "robotics_mobility"
    OTHER = "other"


LOCKED_DATA_SECTORS: frozenset[Sector] = frozenset(
    {Sector.HEALTHCARE, Sector.BIO, Sector.INDUSTRIAL}
)


class Stage(StrEnum):
    PRE_SEED = "pre_seed"
    SEED = "seed"
    SERIES_A = "series_a"
    SERIES_B = "series_b"
    GROWTH = "growth"


class StackPosition(StrEnum):
    """Where the company sits in the AI stack."""

    FRONTIER_LAB = "frontier_lab"
    OWN_MODELS = "own_models"
    FINE_TUNES_OPEN = "fine_tunes_open"
    MODEL_APIS = "model_apis"
    FULL_STACK_OPERATOR = "full_stack_operator"


class Severity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Confidence(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class FlagKind(StrEnum):
    RISK = "risk"
    OPPORTUNITY = "opportunity"


class AssessmentStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


# Which table of resources/content/taxonomy.toml holds each vocabulary; order = the file's.
TAXONOMY_TABLES: dict[type[StrEnum], str] = {
    EssaySection: "essay_section",
    Moat: "moat",
    Horizon: "horizon",
    Bucket: "bucket",
    Sector: "sector",
    Stage: "stage",
    StackPosition: "stack_position",
    Severity: "severity",
    Confidence: "confidence",
    FlagKind: "flag_kind",
    AssessmentStatus: "assessment_status",
}
