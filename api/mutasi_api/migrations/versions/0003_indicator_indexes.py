"""indicator indexes: composite indexes that cover the common indicators' queries

Each index holds every column that one indicator query reads (see ``mutasi_api.indicators``
and ``bench/RESULTS.md``), so that PostgreSQL and SQLite answer it from the index alone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 06:30:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("appraisal", schema=None) as batch_op:
        batch_op.create_index(
            "ix_appraisal_employee_year_predicate",
            ["employee_id", "year", "predicate"],
            unique=False,
        )

    with op.batch_alter_table("training_record", schema=None) as batch_op:
        batch_op.create_index(
            "ix_training_record_employee_end_hours", ["employee_id", "end", "hours"], unique=False
        )

    with op.batch_alter_table("transfer_case", schema=None) as batch_op:
        batch_op.create_index(
            "ix_transfer_case_opened_cover",
            ["opened_at", "region", "kind", "initiator", "status", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_transfer_case_closed_cover",
            ["status", "closed_at", "region", "employee_id", "id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_transfer_case_id_opened_region", ["id", "opened_at", "region"], unique=False
        )

    with op.batch_alter_table("stage_transition", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stage_transition_case_order",
            ["case_id", "at", "id", "region", "from_phase"],
            unique=False,
        )

    with op.batch_alter_table("form_submission", schema=None) as batch_op:
        batch_op.create_index(
            "ix_form_submission_kind_cover",
            ["form_kind", "case_id", "submitted_at", "score", "adaptation_score"],
            unique=False,
        )
        batch_op.create_index(
            "ix_form_submission_objection_case", ["objection", "case_id"], unique=False
        )

    with op.batch_alter_table("eligibility_evaluation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_eligibility_evaluation_case_first", ["case_id", "id", "region"], unique=False
        )

    with op.batch_alter_table("eligibility_outcome", schema=None) as batch_op:
        batch_op.create_index(
            "ix_eligibility_outcome_counted",
            ["outcome", "rule_id", "region", "evaluation_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("eligibility_outcome", schema=None) as batch_op:
        batch_op.drop_index("ix_eligibility_outcome_counted")

    with op.batch_alter_table("eligibility_evaluation", schema=None) as batch_op:
        batch_op.drop_index("ix_eligibility_evaluation_case_first")

    with op.batch_alter_table("form_submission", schema=None) as batch_op:
        batch_op.drop_index("ix_form_submission_objection_case")
        batch_op.drop_index("ix_form_submission_kind_cover")

    with op.batch_alter_table("stage_transition", schema=None) as batch_op:
        batch_op.drop_index("ix_stage_transition_case_order")

    with op.batch_alter_table("transfer_case", schema=None) as batch_op:
        batch_op.drop_index("ix_transfer_case_id_opened_region")
        batch_op.drop_index("ix_transfer_case_closed_cover")
        batch_op.drop_index("ix_transfer_case_opened_cover")

    with op.batch_alter_table("training_record", schema=None) as batch_op:
        batch_op.drop_index("ix_training_record_employee_end_hours")

    with op.batch_alter_table("appraisal", schema=None) as batch_op:
        batch_op.drop_index("ix_appraisal_employee_year_predicate")
