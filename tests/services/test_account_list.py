from esn_desktop.domain.pipeline import Stage
from esn_desktop.domain.records import AccountRecord
from esn_desktop.services.account_editing import save_account
from esn_desktop.services.account_list import AccountFilter, account_ids, account_rows, filter_choices


def names(workspace, query: AccountFilter) -> list[str]:
    ids = account_ids(workspace, query)
    rows = account_rows(workspace, ids)
    return [rows[i].name for i in ids]


def test_search_ignores_case_and_accents(small_workspace) -> None:
    assert names(small_workspace, AccountFilter(search="reunies")) == ["Boulangeries Réunies"]
    assert names(small_workspace, AccountFilter(search="  HORIZON ")) == ["Mutuelle Horizon"]
    assert names(small_workspace, AccountFilter(search="50%_")) == []


def test_filters_combine(small_workspace) -> None:
    assert names(small_workspace, AccountFilter(owner="Karim Benali")) == [
        "Boulangeries Réunies",
        "Transports Lemaire",
    ]
    assert names(small_workspace, AccountFilter(owner="Karim Benali", segment="eti")) == [
        "Transports Lemaire"
    ]
    assert names(small_workspace, AccountFilter(channel="Téléprospection")) == [
        "Boulangeries Réunies",
        "Mutuelle Horizon",
    ]
    assert names(small_workspace, AccountFilter(referencing="referenced")) == ["Mutuelle Horizon"]
    assert names(small_workspace, AccountFilter(stage=Stage.PROPOSAL)) == ["Transports Lemaire"]


def test_sorts_put_empty_values_last_both_ways(small_workspace) -> None:
    assert names(small_workspace, AccountFilter(sort="name", descending=True)) == [
        "Transports Lemaire",
        "Mutuelle Horizon",
        "Boulangeries Réunies",
    ]
    assert names(small_workspace, AccountFilter(sort="sector")) == [
        "Mutuelle Horizon",
        "Boulangeries Réunies",
        "Transports Lemaire",
    ]
    # Ties keep creation order; descending reverses the whole list, empty values staying last.
    assert names(small_workspace, AccountFilter(sort="owner")) == [
        "Mutuelle Horizon",
        "Transports Lemaire",
        "Boulangeries Réunies",
    ]
    assert names(small_workspace, AccountFilter(sort="owner", descending=True)) == [
        "Boulangeries Réunies",
        "Transports Lemaire",
        "Mutuelle Horizon",
    ]


def test_rows_carry_the_open_pipeline(small_workspace) -> None:
    ids = account_ids(small_workspace, AccountFilter(search="lemaire"))
    row = account_rows(small_workspace, ids)[ids[0]]
    assert (row.owner, row.channel, row.open_opportunities, row.weighted_pipeline) == (
        "Karim Benali",
        "Webinaire",
        1,
        56000,
    )
    assert filter_choices(small_workspace).segments == ["eti", "grand_compte", "pme"]


def test_the_first_ids_are_the_head_of_the_whole_order_for_every_sort(small_workspace) -> None:
    from esn_desktop.services.account_list import SORT_KEYS, account_count

    for sort in [*SORT_KEYS, "owner", "channel"]:
        for descending in (False, True):
            query = AccountFilter(sort=sort, descending=descending)
            whole = account_ids(small_workspace, query)
            assert len(whole) == account_count(small_workspace, query) == 3
            for limit in (1, 2, 5):
                assert account_ids(small_workspace, query, limit=limit) == whole[:limit], (sort, descending)
    assert account_count(small_workspace, AccountFilter(owner="Karim Benali")) == 2


def test_head_counts_sort_by_the_fewest_people_they_mean(workspace) -> None:
    for name, size in [
        ("Grand", "> 500"),
        ("Moyen", "250"),
        ("Petit", "1-10"),
        ("Sans", None),
        ("PME", "11 - 50"),
    ]:
        save_account(workspace, AccountRecord(name, size=size))
    assert names(workspace, AccountFilter(sort="size")) == ["Petit", "PME", "Moyen", "Grand", "Sans"]
    assert names(workspace, AccountFilter(sort="size", descending=True)) == [
        "Grand",
        "Moyen",
        "PME",
        "Petit",
        "Sans",
    ]
    ids = account_ids(workspace, AccountFilter(sort="size"))
    assert [account_rows(workspace, ids)[i].size for i in ids] == ["1-10", "11-50", "250", "501+", None]
