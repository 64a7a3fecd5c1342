from django.core.management.base import BaseCommand

from cms.demo.knowledge_tree import build_knowledge_tree
from cms.demo.search_promotions import load_search_promotions
from cms.demo.site_tree import build_site_tree
from monitoring.demo import load_monitoring_demo
from opendata.demo import load_opendata_demo


class Command(BaseCommand):
    help = "Loads the demo content; safe to run again, keeps what editors changed."

    def handle(self, *args, **options):
        load_monitoring_demo()
        home = build_site_tree()
        load_opendata_demo(home.get_site())
        build_knowledge_tree(home)
        load_search_promotions()
        self.stdout.write(
            self.style.SUCCESS(f"Ukázkový obsah je připraven (úvodní stránka: {home}).")
        )
