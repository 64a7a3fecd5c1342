// Autocomplete for the header's search box, following the WAI-ARIA combobox
// pattern (list autocomplete, focus stays in the input). Without JavaScript the
// box is a plain search form.
(function () {
    "use strict";

    var DELAY_MS = 150;
    var MIN_CHARS = 2;

    function enhance(form) {
        var input = form.querySelector("input[type=search]");
        var url = form.getAttribute("data-suggest-url");
        if (!input || !url || !window.fetch) {
            return;
        }
        var listbox = document.createElement("ul");
        listbox.id = input.id + "-napoveda";
        listbox.className = "site-search__listbox";
        listbox.setAttribute("role", "listbox");
        listbox.setAttribute("aria-label", "Návrhy stránek");
        listbox.hidden = true;
        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        form.appendChild(listbox);
        form.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listbox.id);

        var options = [];
        var active = -1;
        var timer = null;
        var pending = null;

        function close() {
            listbox.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function highlight(index) {
            options.forEach(function (option, position) {
                option.setAttribute("aria-selected", position === index ? "true" : "false");
            });
            active = index;
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
                options[index].scrollIntoView({ block: "nearest" });
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function render(suggestions) {
            listbox.textContent = "";
            options = suggestions.map(function (suggestion, index) {
                var option = document.createElement("li");
                option.id = listbox.id + "-" + index;
                option.className = "site-search__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.setAttribute("data-url", suggestion.url);
                option.textContent = suggestion.title;
                var type = document.createElement("span");
                type.className = "site-search__option-type";
                type.textContent = suggestion.type;
                option.appendChild(type);
                option.addEventListener("mousedown", function (event) {
                    event.preventDefault(); // keep focus in the input
                });
                option.addEventListener("click", function () {
                    window.location.assign(suggestion.url);
                });
                listbox.appendChild(option);
                return option;
            });
            active = -1;
            if (options.length) {
                listbox.hidden = false;
                input.setAttribute("aria-expanded", "true");
                status.textContent = "Návrhů: " + options.length + ". Vyberte šipkami.";
            } else {
                close();
                status.textContent = "";
            }
        }

        function load() {
            var text = input.value.trim();
            if (text.length < MIN_CHARS) {
                render([]);
                return;
            }
            if (pending) {
                pending.abort();
            }
            pending = new AbortController();
            fetch(url + "?q=" + encodeURIComponent(text), {
                headers: { Accept: "application/json" },
                signal: pending.signal,
            })
                .then(function (response) {
                    return response.ok ? response.json() : { suggestions: [] };
                })
                .then(function (data) {
                    if (input.value.trim() === text) {
                        render(data.suggestions || []);
                    }
                })
                .catch(function (error) {
                    if (error.name !== "AbortError") {
                        render([]);
                    }
                });
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(load, DELAY_MS);
        });

        input.addEventListener("keydown", function (event) {
            var open = !listbox.hidden && options.length > 0;
            if (event.key === "ArrowDown") {
                event.preventDefault();
                if (!open) {
                    load();
                } else {
                    highlight((active + 1) % options.length);
                }
            } else if (event.key === "ArrowUp" && open) {
                event.preventDefault();
                highlight(active <= 0 ? options.length - 1 : active - 1);
            } else if (event.key === "Enter" && open && active >= 0) {
                event.preventDefault();
                window.location.assign(options[active].getAttribute("data-url"));
            } else if (event.key === "Escape" && open) {
                event.preventDefault();
                close();
            }
        });

        input.addEventListener("blur", close);
    }

    document.querySelectorAll("form[data-suggest-url]").forEach(enhance);
})();
